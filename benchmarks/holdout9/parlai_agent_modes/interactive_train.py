# expect: clean
"""ParlAI-style agent whose train_step/eval_step set the model mode themselves; world alternates train and valid."""
import torch

from agents import create_agent

OPT = {"model": "ranker", "hiddensize": 8, "vocab": 15, "num_cands": 4, "batchsize": 3, "lr": 0.05}

if __name__ == "__main__":
    torch.manual_seed(5)
    agent = create_agent(OPT)
    history = []
    for step in range(6):
        agent.is_training = step % 3 != 2
        obs = agent.observe(agent.fake_batch())
        history.append(agent.batch_act(obs))
    print(history)
