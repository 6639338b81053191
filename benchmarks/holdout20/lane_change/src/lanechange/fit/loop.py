import torch
import torch.nn.functional as F


def run_training(net, batches, lr=1e-2):
    params = [p for p in net.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=lr)
    net.train()
    for i, (hist, lanes, intent) in enumerate(batches):
        loss = F.cross_entropy(net(hist, lanes), intent)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print("batch", i, round(loss.item(), 4))
