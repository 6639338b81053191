import importlib


def get_model(model_name):
    module = importlib.import_module("." + model_name.lower(), package="recbole_lite.model")
    return getattr(module, model_name)


def get_trainer(model_name):
    from .trainer import Trainer
    return Trainer
