# expect: crash
# category: wrappers
"""Train a recurrent REINFORCE agent on the cue corridor and report the running success rate."""
import torch

from agent import RecurrentPolicy, ReinforceAgent
from envs import CueCorridor

torch.manual_seed(11)
env = CueCorridor(length=4)
agent = ReinforceAgent(RecurrentPolicy(env.n_obs, env.n_actions))
running = 0.0

for episode in range(6):
    obs, done = env.reset(), False
    agent.begin_episode()
    while not done:
        action = agent.act(obs)
        obs, reward, done = env.step(action)
        agent.rewards.append(reward)
    success = float(agent.rewards[-1] > 0)
    running = 0.9 * running + 0.1 * success
    loss = agent.finish_episode()
    print(f"episode {episode}: success={success:.0f} running={running:.2f} loss={loss:.3f}")
