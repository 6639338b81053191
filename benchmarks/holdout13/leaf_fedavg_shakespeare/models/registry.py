import importlib


def get_model(name):
    dataset, attr = name.split(".")
    module = importlib.import_module("models." + dataset)
    return getattr(module, "ClientModel").factory(attr)
