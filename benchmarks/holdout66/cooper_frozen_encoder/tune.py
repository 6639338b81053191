# expect: crash
import torch
import torch.nn.functional as F

from cooperage import StaveModel, freeze

USE_ADAPTER = True


def main():
    torch.manual_seed(0)
    model = StaveModel(use_adapter=USE_ADAPTER)
    freeze(model.encoder)
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for epoch in range(2):
        x = torch.randn(6, 10, 4)
        y = torch.randint(0, 2, (6,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
