# expect: clean
"""Pewter-casting cooling curves: step closures built by factories, predictions via a decorator."""
import torch

from mould import build, make_train_step, predictor

if __name__ == "__main__":
    torch.manual_seed(13)
    model, opt = build(hidden=8)
    step = make_train_step(model, opt)

    @predictor(model)
    def predict_flaw(x):
        return model(x).argmax(-1)

    for epoch in range(3):
        for _ in range(3):
            x = torch.randn(4, 5, 3)
            y = torch.randint(0, 4, (4,))
            loss = step(x, y)
        print(epoch, round(loss, 4), predict_flaw(torch.randn(2, 5, 3)).tolist())
