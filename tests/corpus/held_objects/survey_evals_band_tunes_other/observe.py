# expect: clean
"""A night's survey over a telescope array, then a quick re-tune of one detector on labelled
curves. `Survey.run(array, band="optical")` wraps every telescope's optical detector in a Monitor,
whose classmethod puts it in eval mode; the re-tune trains the north telescope's radio detector,
which no monitor touched and which is still in train mode."""
import torch

from skywatch import Array, Survey, tune


def main():
    torch.manual_seed(9)
    array = Array.assemble(["north", "south"])
    survey = Survey.run(array, band="optical")
    print("alerts", survey.report(array))
    north = array.scopes["north"]
    curves = north.curves(n=6)
    print("tuned", tune(north.detectors["radio"], curves, torch.rand(6)))


if __name__ == "__main__":
    main()
