variable "env" {
  default = "dev"
}

resource "aws_security_group" "bastion" {
  name = "bastion-${var.env}"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
