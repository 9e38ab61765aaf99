namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// Estimates the mentors' prices with an ε-scaling auction over every allowed pair (Bertsekas's auction
/// for the transportation problem: a mentor of capacity c is c identical places, each with its own
/// price). The estimate only guides the exact solver (which pairs become candidates, and where its prices
/// start); exactness comes from the shortest augmenting paths and the certificate, never from here.
/// <para>
/// Why an auction first: with many tied scores the best pairs by score say little about where a mentee
/// ends up (popular mentors get expensive), so candidates chosen by score miss most of the optimum and the
/// exact solver would spend round after round widening them. A bid always raises a price by at least ε,
/// so ties cannot stall it, and ε-scaling keeps the number of bids near a few per mentee and phase.
/// </para>
/// </summary>
internal static class PriceAuction
{
    /// <summary>Each phase divides ε by this; the last phase runs at about one step of the scores' own precision.</summary>
    private const double Reduction = 6;

    public static double[] Estimate(AssignmentProblem problem, double finestStep, CancellationToken cancellationToken)
    {
        var places = new Places(problem);
        var largest = problem.MaxAbsScore;
        if (largest <= 0 || problem.MenteeCount == 0)
        {
            return new double[problem.MentorCount];
        }

        var epsilon = largest / Reduction;
        var last = Math.Max(finestStep, largest * 1e-9);
        while (true)
        {
            RunPhase(problem, places, Math.Max(epsilon, last), cancellationToken);
            if (epsilon <= last)
            {
                return places.MentorPrices();
            }

            epsilon /= Reduction;
        }
    }

    private static void RunPhase(AssignmentProblem problem, Places places, double epsilon, CancellationToken cancellationToken)
    {
        places.Empty();
        var queue = new Queue<int>(problem.MenteeCount);
        for (var mentee = 0; mentee < problem.MenteeCount; mentee++)
        {
            queue.Enqueue(mentee);
        }

        var bids = 0;
        while (queue.Count > 0)
        {
            if ((++bids & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var mentee = queue.Dequeue();
            var (best, bestValue, secondValue) = BestTwo(problem, places, mentee);
            if (best < 0 || bestValue <= 0)
            {
                continue; // leaving out pays as much: the mentee waits out this phase
            }

            var displaced = places.Take(best, mentee, places.Cheapest(best) + (bestValue - Math.Max(secondValue, 0)) + epsilon);
            if (displaced >= 0)
            {
                queue.Enqueue(displaced);
            }
        }
    }

    /// <summary>The mentee's best mentor at the cheapest place's price, its value, and the next best value (its own second place included).</summary>
    private static (int Best, double BestValue, double SecondValue) BestTwo(AssignmentProblem problem, Places places, int mentee)
    {
        var best = -1;
        var bestValue = double.NegativeInfinity;
        var secondValue = double.NegativeInfinity;
        var cheapest = places.CheapestPrices;
        if (problem.DenseRows is { } rows)
        {
            var row = rows[mentee];
            for (var mentor = 0; mentor < row.Length; mentor++)
            {
                // NaN (forbidden) and mentors without places (price +∞) fail the comparisons.
                var value = row[mentor] - cheapest[mentor];
                if (value > secondValue)
                {
                    if (value > bestValue)
                    {
                        secondValue = bestValue;
                        bestValue = value;
                        best = mentor;
                    }
                    else
                    {
                        secondValue = value;
                    }
                }
            }
        }
        else
        {
            var mentors = problem.SparseMentors!;
            var scores = problem.SparseScores!;
            for (var k = problem.SparseRowStart![mentee]; k < problem.SparseRowStart[mentee + 1]; k++)
            {
                var value = scores[k] - cheapest[mentors[k]];
                if (value > secondValue)
                {
                    if (value > bestValue)
                    {
                        secondValue = bestValue;
                        bestValue = value;
                        best = mentors[k];
                    }
                    else
                    {
                        secondValue = value;
                    }
                }
            }
        }

        if (best >= 0)
        {
            secondValue = Math.Max(secondValue, bestValue + cheapest[best] - places.SecondCheapest(best));
        }

        return (best, bestValue, secondValue);
    }

    /// <summary>Every mentor's places as a small min-heap of prices, with who holds each place.</summary>
    private sealed class Places
    {
        private readonly int[] _start;
        private readonly double[] _price;
        private readonly int[] _holder;

        public Places(AssignmentProblem problem)
        {
            var mentorCount = problem.MentorCount;
            _start = new int[mentorCount + 1];
            for (var j = 0; j < mentorCount; j++)
            {
                _start[j + 1] = _start[j] + Math.Min(problem.CapacityArray[j], problem.MenteeCount);
            }

            _price = new double[_start[mentorCount]];
            _holder = new int[_start[mentorCount]];
            CheapestPrices = new double[mentorCount];
            for (var j = 0; j < mentorCount; j++)
            {
                CheapestPrices[j] = _start[j + 1] > _start[j] ? 0 : double.PositiveInfinity;
            }

            Empty();
        }

        /// <summary>The price of each mentor's cheapest place (+∞ for a mentor without places).</summary>
        public double[] CheapestPrices { get; }

        public double Cheapest(int mentor) => _price[_start[mentor]];

        public double SecondCheapest(int mentor)
        {
            var first = _start[mentor];
            var count = _start[mentor + 1] - first;
            return count switch
            {
                < 2 => double.PositiveInfinity,
                2 => _price[first + 1],
                _ => Math.Min(_price[first + 1], _price[first + 2]),
            };
        }

        public void Empty() => Array.Fill(_holder, -1);

        /// <summary>Gives the mentor's cheapest place to the mentee at a new price; returns whoever held it, or -1.</summary>
        public int Take(int mentor, int mentee, double price)
        {
            var first = _start[mentor];
            var displaced = _holder[first];
            var count = _start[mentor + 1] - first;
            var i = 0;
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= count)
                {
                    break;
                }

                if (child + 1 < count && _price[first + child + 1] < _price[first + child])
                {
                    child++;
                }

                if (_price[first + child] >= price)
                {
                    break;
                }

                _price[first + i] = _price[first + child];
                _holder[first + i] = _holder[first + child];
                i = child;
            }

            _price[first + i] = price;
            _holder[first + i] = mentee;
            CheapestPrices[mentor] = _price[first];
            return displaced;
        }

        /// <summary>Each mentor's price: its cheapest place's.</summary>
        public double[] MentorPrices()
        {
            var prices = new double[CheapestPrices.Length];
            for (var j = 0; j < prices.Length; j++)
            {
                prices[j] = _start[j + 1] > _start[j] ? _price[_start[j]] : 0;
            }

            return prices;
        }
    }
}
