BUILDERS = {}


def builder(name):
    def put(cls):
        BUILDERS[name] = cls
        return cls
    return put


def make_model(name, **options):
    return BUILDERS[name](**options)
