# expect: crash
"""Cathedral organ blowers: predict wind-chest pressure sag from the stop and
key sequence, so the blower can spin up early. A large teacher and a small
student are trained side by side; the student also matches the teacher.
The entry script only builds things and calls run()."""
import torch

from blowers import BellowsNet, CoTrainingMachine


def main():
    torch.manual_seed(37)
    teacher = BellowsNet(hidden=16, layers=2)
    student = BellowsNet(hidden=4, layers=1)
    machine = CoTrainingMachine(teacher, student, epochs=3, batches_per_epoch=3)
    print(machine.run())


if __name__ == "__main__":
    main()
