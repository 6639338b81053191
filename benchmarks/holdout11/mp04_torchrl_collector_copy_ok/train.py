# expect: clean
# TorchRL style with a collector that acts with a deep copy of the policy in eval mode and refreshes it with
# load_state_dict(); the actor held by the loss module is never switched to eval, so its LSTM trains in train mode.
import torch

from collector import MultiSyncDataCollector, ToyEnv
from loss import A2CLoss
from modules import CategoricalHead, LSTMModule, TensorDictSequential, ValueHead

torch.manual_seed(0)
env = ToyEnv()
actor = TensorDictSequential(LSTMModule(env.obs_dim, 16), CategoricalHead(16, env.n_actions))
loss_module = A2CLoss(actor, ValueHead(env.obs_dim, 16))
optim = torch.optim.Adam(loss_module.parameters(), lr=3e-3)
collector = MultiSyncDataCollector(env, actor)

for i, batch in enumerate(collector):
    loss = sum(loss_module(batch).values())
    optim.zero_grad()
    loss.backward()
    optim.step()
    collector.update_policy_weights_()
    print(i, round(loss.item(), 4), actor.training, collector.policy.training)
print("done")
