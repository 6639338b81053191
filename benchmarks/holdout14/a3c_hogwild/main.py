# expect: crash
"""pytorch-a3c layout: a shared ActorCritic (LSTMCell in the original — this fork swapped in nn.LSTM), a shared
Adam, `test` and `train` worker functions normally started with torch.multiprocessing. Here the workers are run
in-process one after the other (test first, as the launcher's rank 0 does)."""
import torch
import torch.multiprocessing as mp
from model import ActorCritic
from shared_optim import SharedAdam
from test import test
from train import train

if __name__ == "__main__":
    torch.manual_seed(1)
    args = {"lr": 1e-3, "gamma": 0.99, "num_steps": 5, "max_episode_length": 10, "num_processes": 2}
    shared_model = ActorCritic(4, 2)
    shared_model.share_memory()
    optimizer = SharedAdam(shared_model.parameters(), lr=args["lr"])
    counter, lock = mp.Value("i", 0), mp.Lock()
    test(0, args, shared_model, counter)
    for rank in range(1, args["num_processes"] + 1):
        train(rank, args, shared_model, counter, lock, optimizer)
    print("steps", counter.value)
