import argparse


def get_config(argv=()):
    p = argparse.ArgumentParser()
    p.add_argument("--num_agents", type=int, default=3)
    p.add_argument("--episode_length", type=int, default=5)
    p.add_argument("--hidden_size", type=int, default=8)
    p.add_argument("--episodes", type=int, default=2)
    p.add_argument("--ppo_epoch", type=int, default=2)
    p.add_argument("--clip_param", type=float, default=0.2)
    return p.parse_args(list(argv))
