namespace MentorFlow.Bench.Assignment;

public sealed record InstanceShape(int Mentees, int Mentors, int Capacity, int Seed);
