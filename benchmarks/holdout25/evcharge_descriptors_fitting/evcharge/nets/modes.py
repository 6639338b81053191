import functools


class BoundMode:
    """Attribute that returns the module's train() bound to a fixed flag."""

    def __init__(self, flag):
        self.flag = flag

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(obj.train, self.flag)
