import torch
import torch.nn as nn
import torch.nn.functional as F


class TrainerNet(nn.Module):
    def __init__(self, param_server_rref):
        super().__init__()
        self.param_server_rref = param_server_rref

    def get_global_param_rrefs(self):
        return self.param_server_rref.rpc_sync().get_param_rrefs()

    def forward(self, x):
        return self.param_server_rref.rpc_sync().forward(x)


def run_training_loop(rank, net, num_batches):
    params = [r.local_value() for r in net.get_global_param_rrefs()]
    opt = torch.optim.SGD(params, lr=0.03)   # DistributedOptimizer stand-in
    for i in range(num_batches):
        x, y = torch.randint(0, 40, (4, 5)), torch.randint(0, 2, (4,))
        loss = F.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"rank {rank} done, loss {loss.item():.3f}")
