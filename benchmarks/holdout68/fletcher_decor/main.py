# expect: crash
import torch

from fletching import ArrowFlightNet, report


def fit(model, train, val, epochs=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    model.train()
    history = []
    for epoch in range(epochs):
        for x, y in train:
            opt.zero_grad()
            loss = (model(x) - y).pow(2).mean()
            loss.backward()  # TM001-here
            opt.step()
        history.append(report(model, val))
    return history


if __name__ == "__main__":
    torch.manual_seed(6)
    train = [(torch.randn(4, 9, 2), torch.randn(4)) for _ in range(2)]
    val = [(torch.randn(4, 9, 2), torch.randn(4))]
    print(fit(ArrowFlightNet(), train, val)[-1])
