// SPDX-License-Identifier: Apache-2.0
#include "server/app/ServerApp.h"

#include <iostream>  // POCO_SERVER_MAIN reports exceptions on std::cerr

POCO_SERVER_MAIN(wedreg::server::app::ServerApp)
