# expect: crash
"""The entry's settings put the adapter before the frozen GRU (`"adapter": "input"`, read as `main(cfg=CONFIG)`'s
default): the adapter's gradient goes back through the encoder, which the model's train() keeps in eval mode. The
trainer in another module runs the backward."""
from kestrel import ReturnModel, fit_bird, flights

CONFIG = {"n_feat": 5, "hidden": 10, "adapter": "input", "epochs": 2}


def main(cfg=CONFIG):
    model = ReturnModel(cfg["n_feat"], cfg["hidden"], adapter=cfg["adapter"])
    print(fit_bird(model, flights(3), epochs=cfg["epochs"]))


if __name__ == "__main__":
    main()
