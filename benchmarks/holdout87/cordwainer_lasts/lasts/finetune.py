import torch


def load_model(path):
    return torch.load(path, weights_only=False)


def finetune(path, steps=3):
    model = load_model(path)
    opt = torch.optim.SGD(model.fc.parameters(), lr=0.05)
    for _ in range(steps):
        x, y = torch.randn(4, 6, 5), torch.randn(4, 1) + 1.0
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
