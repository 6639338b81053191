# expect: crash
"""learn2learn-style MAML on few-shot sequence classification: maml.clone(), learner.adapt(loss) builds the
second-order graph (create_graph), the meta loss backward differentiates through it."""
import torch

from l2l_lite.algorithms import MAML
from tasks.sequences import TaskSampler, SeqNet, fast_adapt

if __name__ == "__main__":
    torch.manual_seed(0)
    net = SeqNet(in_dim=3, hidden=8, ways=2)
    maml = MAML(net, lr=0.1, first_order=False)
    opt = torch.optim.Adam(maml.parameters(), lr=1e-3)
    sampler = TaskSampler(ways=2, shots=2, seq_len=5, in_dim=3)
    for iteration in range(2):
        opt.zero_grad()
        meta_loss = 0.0
        for task in sampler.sample(n=2):
            learner = maml.clone()
            meta_loss = meta_loss + fast_adapt(task, learner, adaptation_steps=1)
        (meta_loss / 2).backward()  # TM003-here
        opt.step()
        print(iteration, float(meta_loss))
