# expect: crash
"""Commands import the model registry inside their functions (a lazy import keeps start-up fast): the
predict command puts the shared model in eval mode, and finetune backpropagates through it."""
import torch


def predict(x):
    from pkg import get_model
    model = get_model()
    model.eval()
    with torch.no_grad():
        return model(x)[0].argmax(-1)


def finetune(x, steps=2):
    from pkg import get_model
    model = get_model()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(steps):
        loss = model(x)[0].pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    x = torch.randn(2, 3, 4)
    print(predict(x))
    finetune(x)
