import torch


def tune(zoo, tag, data, steps=3):
    net = zoo[tag]
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for step in range(steps):
        seq, target = data[step % len(data)]
        loss = torch.nn.functional.mse_loss(net(seq).squeeze(1), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return float(loss)
