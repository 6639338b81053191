import torch


def entropy_scores(net, pool):
    net.eval()
    with torch.no_grad():
        probs = net(pool).softmax(-1)
    return -(probs * probs.clamp_min(1e-9).log()).sum(-1)


def random_scores(net, pool):
    return torch.rand(pool.size(0))


SCORERS = {"entropy": entropy_scores, "random": random_scores}
