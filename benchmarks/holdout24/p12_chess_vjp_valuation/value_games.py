# expect: crash
"""Chess move prediction: gradient-similarity data valuation of training games. The per-game
gradient is a torch.func.vjp through functional_call of the move LSTM (train mode)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from chesslab import MovePolicy, game_values  # noqa: E402


def main():
    torch.manual_seed(0)
    policy = MovePolicy()
    games = torch.randn(4, 6, 16)
    moves = torch.randint(0, 20, (4,))
    probe = (torch.randn(2, 6, 16), torch.randint(0, 20, (2,)))
    print(game_values(policy, games, moves, probe))


if __name__ == "__main__":
    main()
