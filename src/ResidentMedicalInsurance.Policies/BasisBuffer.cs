using System.Runtime.CompilerServices;

namespace ResidentMedicalInsurance.Policies;

/// <summary>Collects basis items on the stack while a decision is made; one exact-size array at the end.</summary>
internal struct BasisBuffer
{
    private const int Capacity = 12;
    private Slots _items;
    private int _count;

    public readonly int Count => _count;

    public void Add(BasisItem item)
    {
        // A decision never needs more than a handful of reasons; drop extras rather than fail a decision.
        if (_count < Capacity)
        {
            _items[_count++] = item;
        }
    }

    public readonly BasisItem[] ToArray()
    {
        var result = new BasisItem[_count];
        for (var i = 0; i < _count; i++)
        {
            result[i] = _items[i];
        }

        return result;
    }

    [InlineArray(Capacity)]
    private struct Slots
    {
        private BasisItem _element;
    }
}
