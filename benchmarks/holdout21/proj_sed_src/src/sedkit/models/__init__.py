from sedkit.models.crnn import CRNN


def build_model(name="crnn", **kw):
    return {"crnn": CRNN}[name](**kw)
