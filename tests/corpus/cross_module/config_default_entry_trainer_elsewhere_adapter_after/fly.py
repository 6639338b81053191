# expect: clean
"""The entry's settings put the adapter after the frozen GRU (`"adapter": "output"`, read as `main(cfg=CONFIG)`'s
default): no gradient reaches the encoder, which the model's train() keeps in eval mode, so the trainer's backward in
another module runs no RNN backward. (An analysis of main as written, with any adapter, never runs.)"""
from kestrel import ReturnModel, fit_bird, flights

CONFIG = {"n_feat": 5, "hidden": 10, "adapter": "output", "epochs": 2}


def main(cfg=CONFIG):
    model = ReturnModel(cfg["n_feat"], cfg["hidden"], adapter=cfg["adapter"])
    print(fit_bird(model, flights(3), epochs=cfg["epochs"]))


if __name__ == "__main__":
    main()
