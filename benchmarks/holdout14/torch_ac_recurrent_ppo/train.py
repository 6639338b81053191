# expect: clean
"""rl-starter-files / torch-ac layout: scripts call `PPOAlgo(envs, acmodel, ...)`; the ACModel keeps an LSTM
memory; an Evaluator from utils runs greedy episodes between updates (eval mode). update_parameters() calls
acmodel.train() itself before the recurrent re-forward, so nothing breaks."""
import torch
from model import ACModel
from torch_ac.algos.ppo import PPOAlgo
from utils import Evaluator, make_envs

envs = make_envs(2)
acmodel = ACModel(obs_dim=5, n_actions=3, use_memory=True)
algo = PPOAlgo(envs, acmodel, frames_per_proc=6, recurrence=3, epochs=2, lr=1e-3)
evaluator = Evaluator(acmodel, make_envs(1))
for update in range(3):
    exps, logs1 = algo.collect_experiences()
    logs2 = algo.update_parameters(exps)
    print(update, round(logs2["policy_loss"], 4), evaluator.run(episodes=1))
