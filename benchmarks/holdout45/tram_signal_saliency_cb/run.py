# expect: crash
import torch

from signalling import AspectPredictor, Engine, build_callbacks


def make_batches(n, batch=6, steps=8, circuits=5):
    return [((torch.rand(batch, steps, circuits) > 0.5).float(), torch.randint(0, 3, (batch,)))
            for _ in range(n)]


CONFIG = {
    "model": {"n_circuits": 5, "hidden": 10},
    "optim": {"lr": 0.05},
    "trainer": {"epochs": 2},
    "callbacks": {"loss_log": {}, "saliency": {"hook": "on_validation_end"}},
}


def main():
    torch.manual_seed(11)
    CONFIG["data"] = {"train": make_batches(3), "val": make_batches(1)}
    model = AspectPredictor(**CONFIG["model"])
    trainer = Engine(model, CONFIG, build_callbacks(CONFIG["callbacks"]))
    acc = trainer.fit()
    sal = trainer.callbacks[1].maps[-1]
    print("val acc", acc, "most used circuit", int(sal.argmax()))


if __name__ == "__main__":
    main()
