# expect: crash
"""A model built on first use and kept in a module-level global (`global _MODEL`): prediction puts the
shared model in eval mode, and fine-tuning later gets the same object back."""
import torch
import torch.nn as nn

_MODEL = None


def get_model():
    global _MODEL
    if _MODEL is None:
        _MODEL = nn.GRU(4, 8, batch_first=True)
    return _MODEL


def predict(x):
    model = get_model()
    model.eval()
    with torch.no_grad():
        return model(x)[0]


def finetune(x):
    model = get_model()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = model(x)[0].pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


def main():
    x = torch.randn(2, 3, 4)
    predict(x)
    finetune(x)


if __name__ == "__main__":
    main()
