import torch


def tune(net, curves, labels, steps=3):
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for _ in range(steps):
        loss = torch.nn.functional.binary_cross_entropy_with_logits(net(curves), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
