class StateKey(str):
    pass


MODEL = StateKey("model")
OPTIMIZER = StateKey("optimizer")
CRITERION = StateKey("criterion")
EPOCH = StateKey("epoch")
METRICS = StateKey("metrics")
VAL_GENERATOR = StateKey("val_generator")
