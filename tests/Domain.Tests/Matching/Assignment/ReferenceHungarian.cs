namespace MentorFlow.Domain.Tests.Matching.Assignment;

/// <summary>
/// An independent exact optimum for mid-sized problems: the textbook O(n²·m) Hungarian method (potentials and
/// shortest augmenting paths over a dense matrix) on the capacity-expanded problem, as scipy is run in the
/// benchmark. Each mentor's column is repeated once per place and each mentee gets a "left out" column of
/// value 0; forbidden and non-positive pairs are worth 0, the same as leaving out. It shares no code with the
/// solver under test.
/// </summary>
internal static class ReferenceHungarian
{
    public static double Optimum(double[][] scores, int[] capacities)
    {
        var rows = scores.Length;
        if (rows == 0)
        {
            return 0;
        }

        var columnMentor = new List<int>();
        for (var j = 0; j < capacities.Length; j++)
        {
            columnMentor.AddRange(Enumerable.Repeat(j, Math.Min(capacities[j], rows)));
        }

        var placeColumns = columnMentor.Count;
        var columns = placeColumns + rows;

        // Minimise the negated values; 1-based arrays as in the classic formulation.
        double Cost(int row, int column)
        {
            if (column > placeColumns)
            {
                return 0;
            }

            var score = scores[row - 1][columnMentor[column - 1]];
            return score > 0 ? -score : 0;
        }

        var u = new double[rows + 1];
        var v = new double[columns + 1];
        var rowOf = new int[columns + 1];
        var way = new int[columns + 1];
        for (var row = 1; row <= rows; row++)
        {
            rowOf[0] = row;
            var column0 = 0;
            var minimum = Enumerable.Repeat(double.PositiveInfinity, columns + 1).ToArray();
            var used = new bool[columns + 1];
            do
            {
                used[column0] = true;
                var row0 = rowOf[column0];
                var delta = double.PositiveInfinity;
                var column1 = 0;
                for (var column = 1; column <= columns; column++)
                {
                    if (used[column])
                    {
                        continue;
                    }

                    var current = Cost(row0, column) - u[row0] - v[column];
                    if (current < minimum[column])
                    {
                        minimum[column] = current;
                        way[column] = column0;
                    }

                    if (minimum[column] < delta)
                    {
                        delta = minimum[column];
                        column1 = column;
                    }
                }

                for (var column = 0; column <= columns; column++)
                {
                    if (used[column])
                    {
                        u[rowOf[column]] += delta;
                        v[column] -= delta;
                    }
                    else
                    {
                        minimum[column] -= delta;
                    }
                }

                column0 = column1;
            }
            while (rowOf[column0] != 0);

            do
            {
                var column1 = way[column0];
                rowOf[column0] = rowOf[column1];
                column0 = column1;
            }
            while (column0 != 0);
        }

        var total = 0.0;
        for (var column = 1; column <= columns; column++)
        {
            if (rowOf[column] != 0)
            {
                total -= Cost(rowOf[column], column);
            }
        }

        return total;
    }
}
