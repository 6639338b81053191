# expect: clean
import torch
import torch.nn.functional as F

from ropewalk import StrandClassifier, freeze_prefix


def main():
    torch.manual_seed(4)
    model = StrandClassifier()
    print("frozen:", freeze_prefix(model, "encoder"))
    model.train()
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    tokens = torch.randint(0, 20, (5, 7))
    labels = torch.randint(0, 3, (5,))
    for epoch in range(3):
        loss = F.cross_entropy(model(tokens), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
