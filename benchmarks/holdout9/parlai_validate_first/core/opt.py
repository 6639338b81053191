class Opt(dict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    def copy(self):
        return Opt(**self)
