import collections


class AttributeDict(dict):
    def __getattr__(self, key):
        if key in self:
            return self[key]
        raise AttributeError(f"No such attribute '{key}'")

    def __setattr__(self, key, value):
        self[key] = value


class MetricsTracker(collections.defaultdict):
    def __init__(self):
        super().__init__(float)

    def __add__(self, other):
        ans = MetricsTracker()
        for k in set(self) | set(other):
            ans[k] = self[k] + other[k]
        return ans

    def __str__(self):
        frames = max(self["frames"], 1)
        return ", ".join(f"{k}={v / frames:.4g}" for k, v in self.items() if k != "frames")
