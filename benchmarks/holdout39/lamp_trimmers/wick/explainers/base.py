EXPLAINERS = {}


def explainer(name):
    def deco(cls):
        EXPLAINERS[name] = cls
        return cls
    return deco
