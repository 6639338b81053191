# expect: clean
"""Dredgerman silt-depth model: per-sample gradient norms with torch.func for clipping statistics; the model unrolls an LSTMCell."""
import torch
from torch.func import functional_call, grad, vmap

from model import SiltNet
from persample import per_sample_norms
from data import soundings

if __name__ == "__main__":
    torch.manual_seed(5)
    net = SiltNet()
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for step, (x, y) in enumerate(soundings(3)):
        norms = per_sample_norms(net, x, y)
        clip = norms.median().item()
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(net(x), y)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), clip)
        opt.step()
        print(step, "median per-sample norm", round(clip, 4))
