class DataCatalog:
    def __init__(self, data=None):
        self._data = dict(data or {})

    @classmethod
    def from_config(cls, cfg):
        return cls(cfg)

    def load(self, name):
        return self._data[name]

    def save(self, name, value):
        self._data[name] = value

    def list(self):
        return list(self._data)
