def prefetch(iterable):
    """Keep one item in hand: fetch the next before handing out the current."""
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    for nxt in it:
        yield current
        current = nxt
    yield current
