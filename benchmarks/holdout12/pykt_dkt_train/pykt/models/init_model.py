from .dkt import DKT

_MODELS = {"dkt": DKT}


def init_model(model_name, model_config, data_config, emb_type):
    cls = _MODELS.get(model_name)
    if cls is None:
        print("The wrong model name was used...")
        return None
    return cls(data_config["num_c"], **model_config, emb_type=emb_type)
