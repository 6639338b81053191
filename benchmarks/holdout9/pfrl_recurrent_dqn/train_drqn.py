# expect: crash
"""PFRL-style train_agent_with_evaluation: a recurrent DQN, an evaluator that runs episodes inside
`with agent.eval_mode():` every few steps, training continues through agent.observe."""
import torch

from pfrl_lite.agents import DRQN
from pfrl_lite.experiments import train_agent_with_evaluation
from pfrl_lite.envs import ToyEnv
from utils.nets import RecurrentQFunction

if __name__ == "__main__":
    torch.manual_seed(0)
    env = ToyEnv(obs_size=4, n_actions=3, horizon=5)
    q_func = RecurrentQFunction(obs_size=4, n_actions=3, hidden=8)
    agent = DRQN(q_func, torch.optim.Adam(q_func.parameters(), lr=1e-3), gamma=0.9, update_interval=2,
                 batch_size=2)
    stats = train_agent_with_evaluation(agent, env, steps=12, eval_n_episodes=1, eval_interval=5)
    print(stats)
