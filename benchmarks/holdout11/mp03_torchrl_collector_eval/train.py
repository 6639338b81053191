# expect: crash
# TorchRL style: the actor is a TensorDictSequential(LSTMModule, head). The SyncDataCollector (collector.py)
# puts the policy in eval when iteration starts and never restores it; A2CLoss (loss.py) holds the same actor
# and recomputes log-probs with grad; the backward in this file goes through the eval-mode LSTM.
import torch

from collector import ExplorationType, SyncDataCollector, ToyEnv, set_exploration_type
from loss import A2CLoss
from modules import CategoricalHead, LSTMModule, TensorDictSequential, ValueHead

torch.manual_seed(0)
env = ToyEnv()
lstm_module = LSTMModule(env.obs_dim, 16)
actor = TensorDictSequential(lstm_module, CategoricalHead(16, env.n_actions))
critic = ValueHead(env.obs_dim, 16)
loss_module = A2CLoss(actor, critic)
optim = torch.optim.Adam(loss_module.parameters(), lr=3e-3)
collector = SyncDataCollector(env, actor)

with set_exploration_type(ExplorationType.RANDOM):
    for i, batch in enumerate(collector):
        loss_vals = loss_module(batch)
        loss = sum(v for k, v in loss_vals.items() if k.startswith("loss_"))
        optim.zero_grad()
        loss.backward()  # TM001-here
        optim.step()
        print(i, round(loss.item(), 4))
print("done")
