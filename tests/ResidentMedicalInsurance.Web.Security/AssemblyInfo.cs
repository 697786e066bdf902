// The portals of this assembly run one at a time: the sign-in timing compares medians and should not
// share the two cores with another portal of the same run more than it must.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
