# expect: clean
"""Beehive swarm alerts: the runner alternates monitoring and online updates; the
monitoring property setter switches the mode; the loop sets it back before updating."""
import torch

from hive import HiveRunner, SwarmNet

torch.manual_seed(27)
runner = HiveRunner(SwarmNet())
runner.monitoring = False
for day in range(3):
    x = torch.randn(4, 24, 2)
    risk = runner.monitor(x)
    labels = (risk > 0.5).float()
    runner.monitoring = False
    print(day, runner.update(x, labels))
