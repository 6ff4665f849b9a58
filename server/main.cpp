// SPDX-License-Identifier: Apache-2.0
#include "server/app/ServerApp.h"

POCO_SERVER_MAIN(wedreg::server::app::ServerApp)
