# expect: clean
"""FinRL-flavoured portfolio agent: the REINFORCE loss is assembled during the episode, the agent is
switched to eval for a quick validation trade, and only then is the stored loss back-propagated."""
import torch

from agent import LSTMPortfolioAgent
from env import StockTradingEnv
from train import run_episode, validate

torch.manual_seed(51)


def main(episodes=3):
    env = StockTradingEnv(n_assets=3, window=5, steps=6)
    agent = LSTMPortfolioAgent(n_assets=3, hidden=8)
    opt = torch.optim.Adam(agent.parameters(), 1e-3)
    for ep in range(episodes):
        agent.train()
        loss, ret = run_episode(agent, env)
        val_ret = validate(agent, env)  # calls agent.eval()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(ep, round(ret, 4), round(val_ret, 4))
    print("done")


if __name__ == "__main__":
    main()
