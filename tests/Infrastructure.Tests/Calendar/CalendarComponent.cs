namespace MentorFlow.Infrastructure.Tests.Calendar;

/// <summary>A parsed component (VCALENDAR, VEVENT, VTIMEZONE...) with its properties and subcomponents in order.</summary>
public sealed class CalendarComponent(string name)
{
    public string Name { get; } = name;

    private readonly List<CalendarProperty> _properties = [];
    private readonly List<CalendarComponent> _components = [];

    public IReadOnlyList<CalendarProperty> Properties => _properties;

    public IReadOnlyList<CalendarComponent> Components => _components;

    public void Add(CalendarProperty property) => _properties.Add(property);

    public void Add(CalendarComponent component) => _components.Add(component);

    public CalendarComponent Child(string name) => Assert.Single(Components, c => c.Name == name);

    public CalendarProperty Property(string name) => Assert.Single(Properties, p => p.Name == name);

    public string Value(string name) => Property(name).Value;
}
