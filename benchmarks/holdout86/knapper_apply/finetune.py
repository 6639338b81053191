# expect: crash
import torch
import torch.nn.functional as F

from flint import FlakeSeqNet, freeze_stochastic

torch.manual_seed(2)


def stage(model, data, lr):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in data:
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    data = [(torch.randn(5, 7, 3), torch.randint(0, 3, (5,))) for _ in range(3)]
    model = FlakeSeqNet()
    print("stage 1", stage(model, data, 0.1))
    freeze_stochastic(model)
    print("stage 2", stage(model, data, 0.01))
