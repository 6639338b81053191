# expect: crash
"""The eval() happens two helper calls deep: evaluate() -> freeze_for_inference(); training resumes after it."""
import torch
import torch.nn as nn


def freeze_for_inference(net):
    net.eval()
    return net


def evaluate(net, x):
    freeze_for_inference(net)
    with torch.no_grad():
        return net(x)[0].mean().item()


torch.manual_seed(0)
net = nn.GRU(5, 5, num_layers=2, batch_first=True)
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for epoch in range(2):
    x = torch.randn(3, 4, 5)
    out, _ = net(x)
    loss = out.pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("val activation", evaluate(net, torch.randn(2, 4, 5)))
